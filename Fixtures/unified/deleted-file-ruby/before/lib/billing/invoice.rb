module Billing
  class Invoice
    Line = Struct.new(:description, :amount)

    attr_reader :number

    def initialize(number)
      @number = number
      @lines = []
    end

    def add(description, amount)
      @lines << Line.new(description, amount)
      self
    end

    def total
      @lines.sum(&:amount)
    end
  end
end
