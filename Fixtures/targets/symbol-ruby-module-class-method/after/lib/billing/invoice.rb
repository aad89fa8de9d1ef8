module Billing
  class Invoice
    attr_reader :lines

    def initialize
      @lines = []
    end

    def total
      lines.sum { |line| line.amount * line.quantity }
    end

    def self.empty
      new
    end
  end
end
