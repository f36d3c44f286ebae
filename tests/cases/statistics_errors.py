# statistics errors and a small data-analysis program (NormalDist,
# correlation, linear regression).
import statistics

checks = [
    ("mean", statistics.mean, []),
    ("median", statistics.median, []),
    ("mode", statistics.mode, []),
    ("variance", statistics.variance, [1]),
    ("stdev", statistics.stdev, [2.5]),
    ("pvariance", statistics.pvariance, []),
    ("harmonic_mean", statistics.harmonic_mean, [1, -2]),
    ("geometric_mean", statistics.geometric_mean, [1, 0]),
    ("quantiles", statistics.quantiles, [5]),
]
for name, func, arg in checks:
    try:
        print(name, func(arg))
    except statistics.StatisticsError as e:
        print(name, "StatisticsError:", e)
print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

heights = [160.0, 165.5, 170.2, 172.8, 168.1, 181.3, 175.0, 158.9, 177.4, 169.9]
weights = [55.2, 61.0, 66.4, 70.1, 63.3, 82.5, 74.0, 52.8, 76.9, 65.2]
print("mean height", round(statistics.mean(heights), 3))
print("stdev height", round(statistics.stdev(heights), 6))
print("corr", round(statistics.correlation(heights, weights), 9))
slope, intercept = statistics.linear_regression(heights, weights)
print("fit", round(slope, 6), round(intercept, 6))
print("cov", round(statistics.covariance(heights, weights), 6))

dist = statistics.NormalDist.from_samples(heights)
print(dist)
print(round(dist.cdf(170), 9), round(dist.inv_cdf(0.9), 6), round(dist.pdf(170), 9))
iq = statistics.NormalDist(100, 15)
print(iq, iq.variance, round(iq.cdf(130) - iq.cdf(70), 9), [round(q, 4) for q in iq.quantiles()])
print(iq + 10, iq * 2, round(iq.overlap(statistics.NormalDist(110, 15)), 9), iq.zscore(85))
