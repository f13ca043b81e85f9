a = "%{if b}1%{else}2%{else}3%{endif}"
