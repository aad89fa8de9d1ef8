class Greeter
  def greet(name)
    "Hello, #{name}"
  end
end
