import { mountHallPage } from '../hall/hall-page';
import { CounterApp } from './CounterApp';

mountHallPage(<CounterApp />);
