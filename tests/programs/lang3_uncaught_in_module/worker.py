class JobError(Exception):
    pass


def run(jobs):
    done = []
    for j in jobs:
        done.append(process(j))
    return done


def process(job):
    if job < 0:
        raise JobError(f"bad job {job}")
    return job * 2
