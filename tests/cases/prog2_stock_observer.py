# Observer pattern: a price feed notifying indicators, alerts and a portfolio
class Feed:
    def __init__(self):
        self._observers = []
    def attach(self, observer):
        self._observers.append(observer)
        return observer
    def detach(self, observer):
        self._observers.remove(observer)
    def publish(self, tick, symbol, price):
        for obs in list(self._observers):
            obs.update(tick, symbol, price)

class MovingAverage:
    def __init__(self, symbol, window):
        self.symbol, self.window = symbol, window
        self.prices = []
        self.values = []
    def update(self, tick, symbol, price):
        if symbol != self.symbol:
            return
        self.prices.append(price)
        recent = self.prices[-self.window:]
        self.values.append(round(sum(recent) / len(recent), 2))

class ThresholdAlert:
    def __init__(self, symbol, low, high, log):
        self.symbol, self.low, self.high, self.log = symbol, low, high, log
        self.state = "normal"
    def update(self, tick, symbol, price):
        if symbol != self.symbol:
            return
        new = "low" if price < self.low else "high" if price > self.high else "normal"
        if new != self.state:
            self.log.append(f"t{tick}: {symbol} {self.state} -> {new} at {price}")
            self.state = new

class Portfolio:
    def __init__(self, cash):
        self.cash = cash
        self.positions = {}
        self.last = {}
        self.trades = []
    def update(self, tick, symbol, price):
        prev = self.last.get(symbol)
        self.last[symbol] = price
        if prev is None:
            return
        change = (price - prev) / prev
        held = self.positions.get(symbol, 0)
        if change <= -0.05 and self.cash >= price * 10:
            self.positions[symbol] = held + 10
            self.cash -= price * 10
            self.trades.append((tick, "BUY", symbol, 10, price))
        elif change >= 0.05 and held:
            self.positions[symbol] = 0
            self.cash += price * held
            self.trades.append((tick, "SELL", symbol, held, price))
    def value(self):
        return round(self.cash + sum(q * self.last[s] for s, q in self.positions.items()), 2)

class Recorder:
    def __init__(self, feed, limit):
        self.feed, self.limit, self.count = feed, limit, 0
    def update(self, tick, symbol, price):
        self.count += 1
        if self.count >= self.limit:
            self.feed.detach(self)   # observers may detach themselves during notification

prices = {
    "ACME": [100, 98, 92, 95, 101, 108, 104, 97, 91, 99, 110, 112],
    "BOLT": [50, 51, 49, 55, 60, 57, 52, 48, 53, 58, 61, 59],
}
alerts = []
feed = Feed()
ma = feed.attach(MovingAverage("ACME", 3))
feed.attach(ThresholdAlert("ACME", 93, 107, alerts))
feed.attach(ThresholdAlert("BOLT", 49, 59, alerts))
pf = feed.attach(Portfolio(5000))
rec = feed.attach(Recorder(feed, 7))
for tick in range(12):
    for symbol in sorted(prices):
        feed.publish(tick, symbol, prices[symbol][tick])
print("ACME MA(3):", ma.values)
for a in alerts:
    print(" alert", a)
for t in pf.trades:
    print(" trade", t)
print("positions", pf.positions, "cash", round(pf.cash, 2), "value", pf.value())
print("recorder saw", rec.count, "updates; observers left:", [type(o).__name__ for o in feed._observers])
