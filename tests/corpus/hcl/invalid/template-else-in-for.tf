a = "%{for x in y}1%{else}2%{endfor}"
