# module-level state manipulated through functions with `global`
balance = 0
transactions = []
rate = 0.05

def deposit(amount):
    global balance
    balance += amount
    transactions.append(("deposit", amount))
    return balance

def apply_interest():
    global balance
    interest = round(balance * rate, 2)
    balance = round(balance + interest, 2)
    transactions.append(("interest", interest))
    return balance

def reset():
    global balance, transactions
    balance = 0
    transactions = []

def report():
    return f"balance={balance} transactions={len(transactions)}"
