interface Avatar {
  url: string;
}

interface Profile {
  avatar?: Avatar;
  bio?: string;
}

interface User {
  id: string;
  profile?: Profile;
}

interface Session {
  token: string;
  user?: User;
}

interface Logger {
  info(message: string): void;
}

export function avatarUrl(user: User | undefined): string {
  if (user && user.profile && user.profile.avatar) {
    return user.profile.avatar.url;
  }
  return '/default.png';
}

export function token(session: Session | undefined): string | undefined {
  return session && session.token;
}

export function notify(logger: Logger | undefined, done?: (ok: boolean) => void): void {
  logger && logger.info('finished');
  done && done(true);
}

export function hasBio(session: Session | null): boolean {
  return !!(session && session.user && session.user.profile && session.user.profile.bio);
}
