import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.urn)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a").version)
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500.hex)
r = uuid.uuid4()
print(r.version, len(str(r)), r.variant == uuid.RFC_4122, r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.time > 0)
ids = sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)])
print([i.int for i in ids], str(uuid.UUID(int=0)), uuid.UUID(int=2**128 - 1))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
d = {uuid.uuid5(uuid.NAMESPACE_DNS, n): n for n in ["a", "b", "a"]}
print(len(d), str(uuid.UUID(fields=(1, 2, 3, 4, 5, 6))), uuid.SafeUUID.unknown)
