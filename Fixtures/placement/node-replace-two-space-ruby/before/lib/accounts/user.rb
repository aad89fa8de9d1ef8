module Accounts
  class User
    attr_reader :name, :email

    def initialize(name, email)
      @name = name
      @email = email
    end

    def to_s
      name
    end
  end
end
