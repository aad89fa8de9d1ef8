from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int = 0
