def run(x):
    return compute(x)
