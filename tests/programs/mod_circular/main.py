# a circular import that works because module attributes are accessed lazily
import alpha
import beta

print(alpha.hello())
print(beta.hello())
print(alpha.ping(5), "|", alpha.ping(4))
print(beta.alpha is alpha, alpha.beta is beta)
