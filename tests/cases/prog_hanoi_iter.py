# Towers of Hanoi, iterative version with explicit pegs; checks state
def solve(n):
    pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
    order = ['A', 'C', 'B'] if n % 2 else ['A', 'B', 'C']
    moves = 0
    def legal(x, y):
        if not pegs[x]:
            return False
        return not pegs[y] or pegs[x][-1] < pegs[y][-1]
    pos = 0
    while len(pegs['C']) != n:
        src = order[pos % 3]
        dst = order[(pos + 1) % 3]
        pegs[dst].append(pegs[src].pop())
        moves += 1
        if len(pegs['C']) == n:
            break
        others = [p for p in 'ABC' if p != dst]
        a, b = others
        if legal(a, b):
            pegs[b].append(pegs[a].pop())
        else:
            pegs[a].append(pegs[b].pop())
        moves += 1
        pos += 1
    return moves, pegs
for n in range(1, 11):
    moves, pegs = solve(n)
    print(n, moves, moves == 2 ** n - 1, pegs['C'][:5])
