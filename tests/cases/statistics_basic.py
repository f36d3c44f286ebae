# statistics: mean, median family, mode, variance and standard deviation
# with CPython's exact algorithms (results depend on exact summation).
import statistics
from fractions import Fraction

samples = {
    "floats": [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    "ints": [1, 2, 2, 3, 4, 7, 9],
    "tenths": [0.1] * 10,
    "mixed": [1, 2.5, 3, 4.25],
    "big": [1e16, 1.0, -1e16, 3.0],
    "fracs": [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)],
}
for name, data in samples.items():
    print(name)
    print("  mean", statistics.mean(data), "fmean", statistics.fmean(data))
    print("  median", statistics.median(data), statistics.median_low(data), statistics.median_high(data))
    print("  variance", statistics.variance(data), "pvariance", statistics.pvariance(data))
    print("  stdev", statistics.stdev(data), "pstdev", statistics.pstdev(data))

print(statistics.mode([1, 1, 2, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue"]))
print(statistics.mode([1, 2, 3]), statistics.multimode("aabbbcccc"), statistics.multimode([1, 1, 2, 2]))
print(statistics.median([5, 1, 4, 2]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles(range(1, 11), n=4, method="inclusive"))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]))
print(statistics.mean(x * x for x in range(10)), statistics.variance(range(20)))
m = statistics.mean([1.5, 2.5, 3.5])
print(statistics.variance([1.5, 2.5, 3.5], m), statistics.pstdev([1.5, 2.5, 3.5], m))
