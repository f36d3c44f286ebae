def render(rows):
    return "\n".join(",".join(str(c) for c in row) for row in rows)
