print("pmo")
