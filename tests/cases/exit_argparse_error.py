import argparse
import sys

parser = argparse.ArgumentParser(description="Sum numbers.")
parser.add_argument("nums", nargs="+", type=int)
parser.add_argument("--scale", type=float, default=1.0)
args = parser.parse_args()
print(sum(args.nums) * args.scale)
parser.parse_args(["--scale"])
