# A small CSV-ish parser with quoted fields, built from a regex scanner,
# plus key=value config parsing with comments.
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(,|$)')

def parse_line(line):
    fields = []
    pos = 0
    while True:
        m = FIELD.match(line, pos)
        if m is None:
            raise ValueError("bad line at %d" % pos)
        if m.group(1) is not None:
            fields.append(m.group(1).replace('""', '"'))
        else:
            fields.append(m.group(2))
        if m.group(3) == "":
            return fields
        pos = m.end()

rows = [
    'name, age, city',
    '"Smith, John", 42, "New York"',
    '"He said ""hi""",7,',
    'a,,c',
    '  spaced  ,  out ,x',
]
for r in rows:
    print(parse_line(r))

CONFIG = """
# comment line
name = demo   # trailing comment
threads=4
  path = /usr/local/bin
empty =
[section]
flag = yes
"""
entry = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*=\s*(.*?)\s*(?:#.*)?$")
section = re.compile(r"^\s*\[([^\]]+)\]\s*$")
current = "main"
for line in CONFIG.splitlines():
    if not line.strip() or re.match(r"\s*#", line):
        continue
    s = section.match(line)
    if s:
        current = s.group(1)
        continue
    m = entry.match(line)
    print(current, m.groups() if m else ("?", line))
