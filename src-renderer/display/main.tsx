import { mountHallPage } from '../hall/hall-page';
import './display.css';
import { DisplayApp } from './DisplayApp';

mountHallPage(<DisplayApp />);
