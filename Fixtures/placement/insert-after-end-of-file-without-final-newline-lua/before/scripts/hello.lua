local function greet(name)
  print("hello, " .. name)
end