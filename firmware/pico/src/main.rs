//! SpotCheck on a Raspberry Pi Pico with a Waveshare Pico-ResTouch-LCD-2.8.
//!
//! Owns the board: clocks, SPI1 shared by the ST7789 panel and the XPT2046
//! touch controller, the backlight, and the main loop:
//!
//! ```text
//! every 10 ms: read touch -> TouchFilter -> TouchDown/TouchUp -> app.input
//! every 100 ms: Tick -> app.input
//! whenever app.input asked for it: app.draw(&mut display)
//! ```
//!
//! The time handed to the app is the RP2040's 1 MHz timer in ms. The app,
//! the SPI bus, the pixel buffer and the display driver live in static
//! memory (`cortex_m::singleton!`), so `cargo xtask firmware` reports them
//! in its RAM figure; main's own stack frame is small. There is no heap.
//!
//! Pins (Waveshare's wiki and schematic for the Pico-ResTouch-LCD-2.8;
//! check them against your board's revision): LCD DC GP8, LCD CS GP9,
//! SCK GP10, MOSI GP11, MISO GP12, backlight GP13, LCD reset GP15,
//! touch CS GP16, touch IRQ GP17, SD card CS GP22 (held high so the card
//! stays off the shared bus).
#![no_std]
#![no_main]

mod xpt2046;

use core::cell::RefCell;
use embedded_hal::digital::{InputPin, OutputPin};
use embedded_hal_bus::spi::{NoDelay, RefCellDevice};
use mipidsi::interface::SpiInterface;
use mipidsi::models::ST7789;
use mipidsi::options::{ColorInversion, Orientation, Rotation};
use panic_halt as _;
use rp2040_hal::{self as hal, fugit::RateExtU32, gpio, pac, Clock};
use spotcheck_firmware::touch::{Calibration, TouchFilter};
use spotcheck_firmware::{Kiosk, SCREEN};
use spotcheck_kiosk::{Event, Redraw};

/// The second-stage bootloader for the Pico's W25Q080-compatible flash.
#[link_section = ".boot2"]
#[used]
pub static BOOT2_FIRMWARE: [u8; 256] = rp2040_boot2::BOOT_LOADER_W25Q080;

/// The Pico's crystal.
const XTAL_HZ: u32 = 12_000_000;
/// SPI clock for the panel (the ST7789 takes a 16 ns write cycle).
const LCD_SPI_HZ: u32 = 31_250_000;
/// SPI clock while talking to the touch controller (XPT2046: 2.5 MHz max).
const TOUCH_SPI_HZ: u32 = 2_000_000;
/// How often touch is read.
const TOUCH_POLL_MS: u64 = 10;
/// How often the app gets a Tick.
const TICK_MS: u64 = 100;
/// Bytes of pixels gathered per SPI write by mipidsi.
const PIXEL_BUFFER: usize = 512;

type Out<I> = gpio::Pin<I, gpio::FunctionSio<gpio::SioOutput>, gpio::PullDown>;
type SpiPin<I> = gpio::Pin<I, gpio::FunctionSpi, gpio::PullDown>;
type SpiPins = (
    SpiPin<gpio::bank0::Gpio11>,
    SpiPin<gpio::bank0::Gpio12>,
    SpiPin<gpio::bank0::Gpio10>,
);
type Bus = hal::spi::Spi<hal::spi::Enabled, pac::SPI1, SpiPins, 8>;
type Device<Cs> = RefCellDevice<'static, Bus, Out<Cs>, NoDelay>;
type Lcd = mipidsi::Display<
    SpiInterface<'static, Device<gpio::bank0::Gpio9>, Out<gpio::bank0::Gpio8>>,
    ST7789,
    Out<gpio::bank0::Gpio15>,
>;

#[hal::entry]
fn main() -> ! {
    let mut pac = pac::Peripherals::take().unwrap();
    let mut watchdog = hal::Watchdog::new(pac.WATCHDOG);
    let clocks = hal::clocks::init_clocks_and_plls(
        XTAL_HZ,
        pac.XOSC,
        pac.CLOCKS,
        pac.PLL_SYS,
        pac.PLL_USB,
        &mut pac.RESETS,
        &mut watchdog,
    )
    .ok()
    .unwrap();
    let mut timer = hal::Timer::new(pac.TIMER, &mut pac.RESETS, &clocks);
    let sio = hal::Sio::new(pac.SIO);
    let pins = gpio::Pins::new(
        pac.IO_BANK0,
        pac.PADS_BANK0,
        sio.gpio_bank0,
        &mut pac.RESETS,
    );

    let mut sd_cs = pins.gpio22.into_push_pull_output();
    sd_cs.set_high().unwrap();
    let mut lcd_cs = pins.gpio9.into_push_pull_output();
    lcd_cs.set_high().unwrap();
    let mut touch_cs = pins.gpio16.into_push_pull_output();
    touch_cs.set_high().unwrap();
    let mut touch_irq = pins.gpio17.into_pull_up_input();
    let dc = pins.gpio8.into_push_pull_output();
    let rst = pins.gpio15.into_push_pull_output();
    let mut backlight = pins.gpio13.into_push_pull_output();

    let spi_pins: SpiPins = (
        pins.gpio11.into_function(),
        pins.gpio12.into_function(),
        pins.gpio10.into_function(),
    );
    let peri_hz = clocks.peripheral_clock.freq();
    let spi = hal::spi::Spi::<_, _, _, 8>::new(pac.SPI1, spi_pins).init(
        &mut pac.RESETS,
        peri_hz,
        LCD_SPI_HZ.Hz(),
        embedded_hal::spi::MODE_0,
    );
    let bus: &'static RefCell<Bus> =
        cortex_m::singleton!(: RefCell<Bus> = RefCell::new(spi)).unwrap();
    let buffer: &'static mut [u8; PIXEL_BUFFER] =
        cortex_m::singleton!(: [u8; PIXEL_BUFFER] = [0; PIXEL_BUFFER]).unwrap();

    let lcd_dev = RefCellDevice::new_no_delay(bus, lcd_cs).unwrap();
    let di = SpiInterface::new(lcd_dev, dc, buffer);
    let display = mipidsi::Builder::new(ST7789, di)
        .display_size(SCREEN.height as u16, SCREEN.width as u16)
        .orientation(Orientation::new().rotate(Rotation::Deg90))
        .invert_colors(ColorInversion::Inverted)
        .reset_pin(rst)
        .init(&mut timer);
    let Ok(display) = display else {
        // No panel: nothing to show anything on. Halt with the backlight
        // off so the fault is visible.
        panic!("the LCD did not initialise");
    };
    let display: &'static mut Lcd = cortex_m::singleton!(: Lcd = display).unwrap();
    backlight.set_high().unwrap();

    let touch_dev = RefCellDevice::new_no_delay(bus, touch_cs).unwrap();
    let mut touch = xpt2046::Xpt2046::new(touch_dev);
    // The calibration hook: replace DEFAULT with the one kept in settings.
    let mut filter = TouchFilter::new(Calibration::DEFAULT, SCREEN);

    let app: &'static mut Kiosk =
        cortex_m::singleton!(: Kiosk = spotcheck_firmware::kiosk()).unwrap();
    let now_ms = |t: &hal::Timer| t.get_counter().ticks() / 1000;
    let _ = app.draw(display);

    let mut next_poll = now_ms(&timer);
    let mut next_tick = next_poll + TICK_MS;
    loop {
        let now = now_ms(&timer);
        let mut redraw = false;
        if now >= next_poll {
            next_poll = now + TOUCH_POLL_MS;
            let pressed = touch_irq.is_low().unwrap_or(false);
            // The XPT2046 needs a slower clock than the panel.
            bus.borrow_mut().set_baudrate(peri_hz, TOUCH_SPI_HZ.Hz());
            let raw = touch.sample(pressed);
            bus.borrow_mut().set_baudrate(peri_hz, LCD_SPI_HZ.Hz());
            if let Some(input) = raw.ok().and_then(|raw| filter.poll(raw)) {
                redraw |= app.handle(input, now) != Redraw::None;
            }
        }
        if now >= next_tick {
            next_tick += TICK_MS;
            redraw |= app.handle(Event::Tick, now) != Redraw::None;
        }
        if redraw {
            // A failed SPI write leaves a stale screen until the next
            // change; there is nowhere better to report it.
            let _ = app.draw(display);
        }
    }
}
