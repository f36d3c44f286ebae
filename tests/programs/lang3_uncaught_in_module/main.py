import worker

print(worker.run([1, 2]))
try:
    worker.run([3, -1])
except worker.JobError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("caught", e, frames)
worker.run([5, -2])
