# __name__ == "__main__" guards in the entry module and in an imported module
import tool

def main():
    print("main: running main()")
    for line in ["name = demo", "size=3", "flag"]:
        print(tool.parse(line))
    print(tool.selftest())
    print("tool.__name__ =", tool.__name__, "| this module:", __name__)

if __name__ == "__main__":
    main()
else:
    print("main imported, not run")
