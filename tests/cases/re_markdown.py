# A toy Markdown-to-HTML converter: headings, emphasis, links, code, and
# lists, using MULTILINE anchors, lazy quantifiers and callbacks.
import re

md = """# Title

Some *emphasis*, **strong** text and `inline code`.
A [link](http://example.com/a_b) and another [one](/x "t").

## Subsection
- item one
- item **two**
- item `three`

Plain paragraph with a_snake_case_word and 2*3*4 math.
"""

def inline(text):
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", text)
    text = re.sub(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)',
                  lambda m: '<a href="%s"%s>%s</a>' % (m.group(2), ' title="%s"' % m.group(3) if m.group(3) else "", m.group(1)),
                  text)
    return text

html = []
in_list = False
for line in md.splitlines():
    h = re.match(r"^(#{1,6})\s+(.*)$", line)
    li = re.match(r"^[-*]\s+(.*)$", line)
    if li:
        if not in_list:
            html.append("<ul>")
            in_list = True
        html.append("  <li>%s</li>" % inline(li.group(1)))
        continue
    if in_list:
        html.append("</ul>")
        in_list = False
    if h:
        level = len(h.group(1))
        html.append("<h%d>%s</h%d>" % (level, inline(h.group(2)), level))
    elif line.strip():
        html.append("<p>%s</p>" % inline(line))
print("\n".join(html))
print(re.findall(r"(?m)^#+ (.*)$", md))
