# Fluent builder classes returning self; query building and validation at build()
class QueryError(Exception):
    pass

class Query:
    def __init__(self, table):
        self.table = table
        self._fields = ["*"]
        self._where = []
        self._order = None
        self._limit = None
    def select(self, *fields):
        self._fields = list(fields) or ["*"]
        return self
    def where(self, condition, *params):
        if condition.count("?") != len(params):
            raise QueryError(f"condition {condition!r} expects {condition.count('?')} params, got {len(params)}")
        for p in params:
            condition = condition.replace("?", repr(p), 1)
        self._where.append(condition)
        return self
    def order_by(self, field, desc=False):
        self._order = f"{field} {'DESC' if desc else 'ASC'}"
        return self
    def limit(self, n):
        if n <= 0:
            raise QueryError("limit must be positive")
        self._limit = n
        return self
    def build(self):
        sql = f"SELECT {', '.join(self._fields)} FROM {self.table}"
        if self._where:
            sql += " WHERE " + " AND ".join(self._where)
        if self._order:
            sql += " ORDER BY " + self._order
        if self._limit:
            sql += f" LIMIT {self._limit}"
        return sql
    def run(self, rows):
        out = [r for r in rows if all(self._match(r, w) for w in self._where)]
        if self._order:
            field, direction = self._order.split()
            out.sort(key=lambda r: r[field], reverse=direction == "DESC")
        if self._limit:
            out = out[:self._limit]
        if self._fields != ["*"]:
            out = [{f: r[f] for f in self._fields} for r in out]
        return out
    @staticmethod
    def _match(row, cond):
        field, op, value = cond.split(" ", 2)
        value = eval_literal(value)
        return {"=": row[field] == value, ">": row[field] > value, "<": row[field] < value}[op]

def eval_literal(text):
    if text.startswith("'"):
        return text[1:-1]
    return float(text) if "." in text else int(text)

rows = [{"name": "ann", "age": 31, "city": "oslo"}, {"name": "bob", "age": 25, "city": "rome"},
        {"name": "cy", "age": 42, "city": "oslo"}, {"name": "dee", "age": 19, "city": "lima"}]
q = Query("people").select("name", "age").where("city = ?", "oslo").order_by("age", desc=True)
print(q.build())
print(q.run(rows))
q2 = Query("people").where("age > ?", 20).where("age < ?", 40).order_by("name").limit(5)
print(q2.build())
print(q2.run(rows))
print(Query("people").build(), Query("people").limit(2).run(rows))
for bad in (lambda: Query("t").where("a = ? and b = ?", 1), lambda: Query("t").limit(0)):
    try:
        bad()
    except QueryError as e:
        print("QueryError:", e)
chained = Query("x")
print(chained.select("a") is chained, chained.where("a = ?", 1) is chained)
