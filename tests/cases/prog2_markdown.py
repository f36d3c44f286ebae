# A tiny Markdown-to-HTML converter: block parsing with a small state machine, inline formatting
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(text):
    text = escape(text)
    out, i = [], 0
    while i < len(text):
        for marker, tag in (("**", "strong"), ("*", "em"), ("`", "code")):
            if text.startswith(marker, i):
                end = text.find(marker, i + len(marker))
                if end != -1:
                    inner = text[i + len(marker):end]
                    out.append(f"<{tag}>{inner if tag == 'code' else inline_raw(inner)}</{tag}>")
                    i = end + len(marker)
                    break
        else:
            if text[i] == "[":
                close = text.find("](", i)
                end = text.find(")", close + 2) if close != -1 else -1
                if close != -1 and end != -1:
                    out.append(f'<a href="{text[close + 2:end]}">{text[i + 1:close]}</a>')
                    i = end + 1
                    continue
            out.append(text[i])
            i += 1
    return "".join(out)

def inline_raw(text):
    # text is already escaped; only handle nested emphasis
    return text.replace("*", "")

class Converter:
    def __init__(self):
        self.html = []
        self.paragraph = []
        self.list_kind = None
        self.in_code = False
    def flush_paragraph(self):
        if self.paragraph:
            self.html.append("<p>" + inline(" ".join(self.paragraph)) + "</p>")
            self.paragraph = []
    def close_list(self):
        if self.list_kind:
            self.html.append(f"</{self.list_kind}>")
            self.list_kind = None
    def open_list(self, kind):
        if self.list_kind != kind:
            self.close_list()
            self.html.append(f"<{kind}>")
            self.list_kind = kind
    def feed(self, line):
        if self.in_code:
            if line.startswith("```"):
                self.html.append("</code></pre>")
                self.in_code = False
            else:
                self.html.append(escape(line))
            return
        stripped = line.strip()
        if stripped.startswith("```"):
            self.flush_paragraph(); self.close_list()
            self.html.append("<pre><code>")
            self.in_code = True
        elif not stripped:
            self.flush_paragraph(); self.close_list()
        elif stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            self.flush_paragraph(); self.close_list()
            self.html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* "):
            self.flush_paragraph()
            self.open_list("ul")
            self.html.append(f"  <li>{inline(stripped[2:])}</li>")
        elif stripped.split(". ", 1)[0].isdigit() and ". " in stripped:
            self.flush_paragraph()
            self.open_list("ol")
            self.html.append(f"  <li>{inline(stripped.split('. ', 1)[1])}</li>")
        elif stripped.startswith("> "):
            self.flush_paragraph(); self.close_list()
            self.html.append(f"<blockquote>{inline(stripped[2:])}</blockquote>")
        else:
            self.close_list()
            self.paragraph.append(stripped)
    def finish(self):
        self.flush_paragraph()
        self.close_list()
        if self.in_code:
            self.html.append("</code></pre>")
        return "\n".join(self.html)

DOC = """# Release *notes*
Version **2.0** brings `fast mode` and
a [new website](https://example.org).

## Changes
- Faster **startup**
- Fixed <script> escaping & more
* Mixed markers

1. Install
2. Run `app --fast`
> Tip: read the *manual*.

```
if a < b:
    print("x")
```
Trailing paragraph with *unclosed emphasis
"""
conv = Converter()
for line in DOC.splitlines():
    conv.feed(line)
html = conv.finish()
print(html)
print(len(html.splitlines()), "lines,", html.count("<li>"), "list items")
