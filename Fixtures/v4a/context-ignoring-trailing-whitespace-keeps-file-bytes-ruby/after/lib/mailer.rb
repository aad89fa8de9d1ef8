class Mailer   
  def initialize(transport)  
    @transport = transport
  end

  def deliver(message)   
    @transport.send_message(message)	
    log(message)
  end

  private

  def log(message)
    puts "sent #{message.subject}"
  end
end
