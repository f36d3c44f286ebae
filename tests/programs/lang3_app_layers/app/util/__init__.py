__all__ = ["text"]
