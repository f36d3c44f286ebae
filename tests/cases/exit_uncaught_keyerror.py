# Ends with an uncaught KeyError from a nested function call
config = {'host': 'localhost', 'port': 8080}
def get(key):
    return config[key]
print(get('host'), get('port'))
try:
    get('user')
except KeyError as e:
    print('first miss handled:', e)
print(get('password'))
