# functions use the globals of the module they were defined in, not the caller's
import bank
from bank import deposit, report

balance = "main's own balance variable"
rate = 99

print(deposit(100), deposit(50), bank.apply_interest())
print(report(), "|", balance, rate)
old_list = bank.transactions
bank.rate = 0.10
print(bank.apply_interest(), bank.transactions[-1])
bank.reset()
print(report(), old_list is bank.transactions, len(old_list))
deposit(7)
print(report(), bank.balance, bank.transactions)

def local_report():
    return f"main balance={balance}"
print(local_report())
