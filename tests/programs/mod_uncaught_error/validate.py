from errors import ValidationError

def check_user(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be non-negative")
    return True
