print("app: init")
NAME = "demo-app"
