import hashlib
import statistics as st
import hmac

for algo in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(algo, b"hello world")
    print(algo, h.hexdigest()[:32], h.digest_size, h.block_size)
h = hashlib.sha256()
for chunk in [b"hello", b" ", b"world"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.name)
print(hashlib.md5("ünïcode".encode()).hexdigest(), hashlib.sha1(b"").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest() if hasattr(hashlib, "blake2b") else "")
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.9, 3.3]
print(st.mean(data), st.median(data), st.mode(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), round(st.pvariance(data), 6))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]), st.multimode("aabbbcccc"))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.mean([1, 2, 3, 4]))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([3, 1, 2, 4]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 6))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 6), st.linear_regression(x, y), round(st.covariance(x, y), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
