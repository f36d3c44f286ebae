# Uncaught exception raised as a bare class: the last line is just the name
class Halt(Exception):
    pass

def worker(jobs):
    for job in jobs:
        if job is None:
            raise Halt
        print("job", job, "done")

worker(["a", "b"])
worker(["c", None, "d"])
