interface RetryOptions {
  retries?: number;
  onRetry?: (attempt: number) => void;
}

interface User {
  id: string;
  name: string;
}

export class Client {
  private cache: Map<string, User> | undefined;
  private fallbackUser: User = { id: '0', name: 'guest' };

  constructor(private readonly defaults: RetryOptions | null) {}

  retryOptions(options?: RetryOptions): RetryOptions {
    const merged = options ?? this.defaults ?? {};
    return merged;
  }

  users(): Map<string, User> {
    this.cache = this.cache ?? new Map();
    return this.cache;
  }

  current(user: User | undefined): User {
    return user ?? this.fallbackUser;
  }

  label(user: User | null): string {
    return (user ?? this.fallbackUser).name;
  }
}
