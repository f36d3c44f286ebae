from counter import record, values
import counter
print("user_b: values so far", values)
record("from user_b")
