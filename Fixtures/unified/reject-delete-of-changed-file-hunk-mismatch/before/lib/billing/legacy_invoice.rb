# Deprecated: use Billing::Invoice instead.
module Billing
  class LegacyInvoice
    attr_reader :number, :lines

    def initialize(number)
      @number = number
      @lines = []
    end

    def add_line(description, amount)
      @lines << [description, amount]
    end

    def total
      @lines.sum { |line| line[1] }
    end
  end
end
