for s, c in [("é", "ascii"), ("aé€b", "ascii"), ("€€", "latin-1"), ("x\ud800", "utf-8")]:
    try:
        s.encode(c)
    except UnicodeEncodeError as e:
        print(e, "|", e.args, e.start, e.end)
