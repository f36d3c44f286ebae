# Negative indices and clamping in slices across list/str/tuple
seqs = [list(range(6)), 'ABCDEF', tuple('uvwxyz'), 'éàçñüö']
for seq in seqs:
    print(seq[-1], seq[-6], seq[-3:], seq[:-3], seq[-3:-1], seq[-1:-3], seq[-1:-3:-1], seq[-100:2], seq[4:-100:-1])
for seq in seqs:
    out = []
    for i in range(-8, 8):
        out.append(seq[i:i + 2])
    print(out)
