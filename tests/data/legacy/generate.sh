#!/bin/sh
# Regenerates the legacy-encoding fixtures from langson.txt with tools independent of vntext:
# glibc iconv and GNU recode 3.6 (Debian package `recode`). Run from the repository root.
set -e
d=tests/data/legacy
# TCVN3 (ABC) has no upper-case toned vowels: the fixture is made from the text with those
# lower-cased (what the .VnTimeH convention writes).
python3 -c "
import sys
keep = set('ĂÂÊÔƠƯĐ')
t = open('$d/langson.txt', encoding='utf-8').read()
print(''.join(c.lower() if ord(c) > 127 and c.isupper() and c not in keep else c for c in t), end='')
" > $d/langson-lower.txt
iconv -f UTF-8 -t TCVN5712-1 $d/langson-lower.txt > $d/langson.tcvn3
iconv -f UTF-8 -t VISCII $d/langson.txt > $d/langson.viscii
iconv -f UTF-8 -t CP1258 $d/langson.txt > $d/langson.cp1258
recode utf8..VNI < $d/langson.txt > $d/langson.vni
recode utf8..VPS < $d/langson.txt > $d/langson.vps
recode utf8..VIQR < $d/langson.txt > $d/langson.viqr
