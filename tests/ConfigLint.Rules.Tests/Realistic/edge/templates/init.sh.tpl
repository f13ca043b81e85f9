#!/bin/sh
%{ for name in workers ~}
echo "${name}"
%{ endfor ~}
