import type { IconName } from '../../components/Icon';
import { useNavigation } from '../../stores/navigation-store';

/** A large tile on the home screen. Each feature adds its own entry below. */
export interface HomeAction {
  readonly id: string;
  /** Key in the `common` namespace or `ns:key`. */
  readonly titleKey: string;
  readonly subtitleKey: string;
  readonly icon: IconName;
  open(): void;
}

const nav = () => useNavigation.getState();

export const homeActions: readonly HomeAction[] = [
  {
    id: 'catalog',
    titleKey: 'catalog:home.title',
    subtitleKey: 'catalog:home.subtitle',
    icon: 'search',
    open: () => nav().go('catalog.search', {}),
  },
  {
    id: 'language',
    titleKey: 'home.actions.language.title',
    subtitleKey: 'home.actions.language.subtitle',
    icon: 'globe',
    open: () => nav().go('language', {}),
  },
  {
    id: 'ticket',
    titleKey: 'tickets:home.title',
    subtitleKey: 'tickets:home.subtitle',
    icon: 'ticket',
    open: () => nav().go('ticket.services', {}),
  },
  {
    id: 'scan',
    titleKey: 'scan:home.title',
    subtitleKey: 'scan:home.subtitle',
    icon: 'qr',
    open: () => nav().go('scan', {}),
  },
  {
    id: 'dossier-status',
    titleKey: 'dossiers:home.title',
    subtitleKey: 'dossiers:home.subtitle',
    icon: 'dossier',
    open: () => nav().go('dossier.status', {}),
  },
  {
    id: 'guides',
    titleKey: 'guides:home.title',
    subtitleKey: 'guides:home.subtitle',
    icon: 'guide',
    open: () => nav().go('guides.list', {}),
  },
  {
    id: 'feedback',
    titleKey: 'feedback:home.title',
    subtitleKey: 'feedback:home.subtitle',
    icon: 'chat',
    open: () => nav().go('feedback.write', {}),
  },
];
