# Nested dict/list structures: building and traversing
db = {}
records = [('alice', 'math', 90), ('bob', 'math', 72), ('alice', 'art', 85), ('carol', 'math', 88), ('bob', 'art', 95)]
for name, subj, score in records:
    if name not in db:
        db[name] = {}
    db[name][subj] = score
print(db)
for name in db:
    s = db[name]
    avg = sum(s.values()) / len(s)
    print(f'{name:6} {avg:6.2f} {sorted(s)}')
by_subject = {}
for name, scores in db.items():
    for subj, score in scores.items():
        by_subject.setdefault(subj, []).append((score, name))
for subj in by_subject:
    print(subj, sorted(by_subject[subj], reverse=True))
tree = {'v': 1, 'kids': [{'v': 2, 'kids': []}, {'v': 3, 'kids': [{'v': 4, 'kids': []}]}]}
def total(node):
    return node['v'] + sum([total(k) for k in node['kids']])
def depth(node):
    return 1 + max([depth(k) for k in node['kids']], default=0)
print(total(tree), depth(tree))
