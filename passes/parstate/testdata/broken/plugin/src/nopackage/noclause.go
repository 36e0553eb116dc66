var broken = 1
