# A grade-book program using statistics and fractions together.
import statistics
from fractions import Fraction

grades = {
    "ana": [88, 92, 79, 95],
    "ben": [72, 65, 80, 70],
    "cleo": [95, 98, 100, 97],
    "dan": [60, 75, 70, 58],
    "eve": [85, 85, 90, 88],
}
averages = {name: statistics.mean(marks) for name, marks in grades.items()}
for name, avg in sorted(averages.items(), key=lambda kv: -kv[1]):
    marks = grades[name]
    print(f"{name:<5} mean={avg!s:<6} median={statistics.median(marks)!s:<5} stdev={statistics.stdev(marks):.4f}")
all_marks = [m for marks in grades.values() for m in marks]
print("class mean", statistics.mean(all_marks), "pstdev", statistics.pstdev(all_marks))
print("quartiles", statistics.quantiles(all_marks, n=4))
print("mode", statistics.mode(all_marks), "multimode", statistics.multimode(all_marks))
weights = [Fraction(1, 5), Fraction(1, 5), Fraction(3, 10), Fraction(3, 10)]
for name, marks in grades.items():
    weighted = sum(w * m for w, m in zip(weights, marks))
    print(name, weighted, float(weighted), statistics.fmean(marks, weights=[2, 2, 3, 3]))
z = {name: round((avg - statistics.mean(averages.values())) / statistics.stdev(averages.values()), 4) for name, avg in averages.items()}
print(z)
