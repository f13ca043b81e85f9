# hash
// slashes
/* block */
/*
 multi
*/
a = 1 # after
b = 2 // after
c = /* mid */ 3
