import store
from store import Inventory, OutOfStock
from store.items import Perishable
import store.items as si

inv = Inventory()
apple = store.Item("apple", 3)
milk = Perishable("milk", 2, days=0)
inv.add(apple, 5).add(milk, 2).add(store.Item("apple", 3))
print(len(inv), inv.total(), [f"{i.name}x{q}" for i, q in inv])
print(milk.expired, Perishable("bread", 1, 3).expired, si.Item is store.Item)
try:
    inv.take(milk, 5)
except OutOfStock as e:
    print("OutOfStock:", e, e.item)
try:
    inv.add("pear")
except TypeError as e:
    print("TypeError:", e)
inv.take(apple, 6)
print(list(inv), Inventory.created_items(), store.VERSION, store.__all__)
print(store.__name__, si.__name__, store.items.__name__, type(store).__name__)
print(OutOfStock.__module__, Perishable.__module__, Inventory.__qualname__)
