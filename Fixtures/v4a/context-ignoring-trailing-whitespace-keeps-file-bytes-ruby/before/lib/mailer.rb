class Mailer   
  def initialize(transport)  
    @transport = transport
  end

  def deliver(message)   
    @transport.send_message(message)	
  end
end
