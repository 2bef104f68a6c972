// Counts open sockets per address, so one address cannot hold every socket the server has.

export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly maxPerAddress: number) {}

  /** Whether another connection from this address would still be within the cap. */
  hasRoom(address: string): boolean {
    return (this.open.get(address) ?? 0) < this.maxPerAddress;
  }

  /** Counts a connection in; false (and nothing counted) when the address is at its cap. */
  acquire(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.maxPerAddress) return false;
    this.open.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const count = (this.open.get(address) ?? 0) - 1;
    if (count > 0) this.open.set(address, count);
    else this.open.delete(address);
  }

  /** Open connections from one address (for tests and metrics). */
  count(address: string): number {
    return this.open.get(address) ?? 0;
  }
}
