print("app.plugins: init")
